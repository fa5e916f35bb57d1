package cn.zhuanban.enterprise;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.UserDirectory;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class EnterpriseApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory directory;

    MockHttpSession dispatch;

    @BeforeEach
    void logIn() throws Exception {
        dispatch = WebTestSupport.login(mvc, "dispatch");
    }

    @Test
    void registersAnEnterpriseWithAValidCode() throws Exception {
        String code = TestCodes.creditCode();

        register(TestCodes.unique("示范测试企业"), code)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.startsWith("/api/v1/enterprises/")))
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.creditCode").value(code))
                .andExpect(jsonPath("$.warnings").isEmpty());
    }

    @Test
    void savesAWrongCheckCharacterButAnswersWithAWarning() throws Exception {
        String code = TestCodes.withWrongCheckCharacter(TestCodes.creditCode());

        register(TestCodes.unique("示范早期代码企业"), code)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.creditCode").value(code))
                .andExpect(jsonPath("$.warnings[0].code").value(Warning.CHECK_CHARACTER))
                .andExpect(jsonPath("$.warnings[0].field").value("creditCode"))
                .andExpect(jsonPath("$.warnings[0].message").isNotEmpty());
    }

    @Test
    void refusesABadFormatWithItsCode() throws Exception {
        register("示范格式错误企业", "91440300I92203821X")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("enterprise.credit-code-format"))
                .andExpect(jsonPath("$.field").value("creditCode"));
    }

    @Test
    void refusesACodeThatIsRegisteredAlready() throws Exception {
        String code = TestCodes.creditCode();
        register(TestCodes.unique("示范先登记企业"), code).andExpect(status().isCreated());

        register(TestCodes.unique("示范后登记企业"), code)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("enterprise.credit-code-taken"));
    }

    @Test
    void enterpriseContactSeesOnlyTheirOwnEnterprise() throws Exception {
        long own = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
        String other = mvc.perform(post("/api/v1/enterprises")
                        .session(dispatch)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(TestCodes.unique("示范他人企业"), TestCodes.creditCode())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Number otherId = com.jayway.jsonpath.JsonPath.read(other, "$.id");
        MockHttpSession contact = WebTestSupport.login(mvc, "enterprise");

        mvc.perform(get("/api/v1/enterprises").session(contact))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(own));
        mvc.perform(get("/api/v1/enterprises/" + otherId).session(contact)).andExpect(status().isNotFound());
        mvc.perform(get("/enterprises/" + otherId).session(contact)).andExpect(status().isNotFound());
    }

    private ResultActions register(String name, String creditCode) throws Exception {
        return mvc.perform(post("/api/v1/enterprises")
                .session(dispatch)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(name, creditCode)));
    }

    private static String body(String name, String creditCode) {
        return """
                {"name": "%s", "creditCode": "%s", "legalRepresentative": "测试", "contactPhone": "0371-12345678"}""".formatted(name, creditCode);
    }
}
