package cn.zhuanban.servicechecklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.ZipBombs;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectFilter;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.files.StoredFiles;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Attachments of service items: uploaded through shared.files (type by content, at most nine per
 * upload), listed on the checklist, downloaded with the judged type, and only within the scope.
 */
@IntegrationTest
class ServiceItemAttachmentTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] PDF = "%PDF-1.4\n%test approval\n".getBytes();

    @Autowired
    MockMvc mvc;

    @Autowired
    ServiceChecklistManagement checklists;

    @Autowired
    ServiceItemFiles files;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    ProjectManagement projects;

    @Autowired
    ProjectReads projectReads;

    @Autowired
    UserDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StoredFiles storedFiles;

    ServiceFixtures fx;
    CurrentUser dispatch;
    long apiProject;
    long item;

    @BeforeEach
    void setUp() {
        fx = new ServiceFixtures(enterprises, taskForces, projects, directory);
        dispatch = fx.user("dispatch");
        apiProject = projectReads
                .search(
                        new ProjectFilter("康元生物高端原料药项目", null, null, null, null, null, null),
                        dispatch,
                        new PageQuery(0, 1))
                .content()
                .getFirst()
                .id();
        item = checklists.add(apiProject, item("附件测试事项"), dispatch);
    }

    @Test
    void uploadedFilesAreListedOnTheChecklistAndDownloadedWithTheirType() throws Exception {
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");
        mvc.perform(upload(
                        item,
                        session,
                        new MockMultipartFile("files", "批复.pdf", "text/plain", PDF),
                        new MockMultipartFile("files", "现场.png", "application/octet-stream", PNG)))
                .andExpect(status().is3xxRedirection());

        List<ServiceItemFile> stored = files.ofProject(apiProject, dispatch).get(item);
        assertThat(stored).extracting(ServiceItemFile::name).containsExactly("批复.pdf", "现场.png");
        assertThat(stored).extracting(ServiceItemFile::contentType).containsExactly("application/pdf", "image/png");
        String page = mvc.perform(get("/projects/{id}/checklist", apiProject).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("批复.pdf")
                .contains("/service-items/" + item + "/files/" + stored.get(1).id());

        byte[] body = mvc.perform(
                        get("/service-items/{id}/files/{f}", item, stored.get(1).id())
                                .session(session))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(body).isEqualTo(PNG);
        cn.zhuanban.AuditTrail.awaitRecord(jdbc, "service-item.files-attached", Long.toString(item), "批复.pdf, 现场.png");
    }

    @Test
    void aWordFileThatUnpacksToGibibytesIsJudgedByItsPartNamesAndStoredAsIs() throws Exception {
        byte[] bomb = ZipBombs.docx(2);
        mvc.perform(upload(
                        item,
                        WebTestSupport.login(mvc, "dispatch"),
                        new MockMultipartFile("files", "批复.docx", "application/octet-stream", bomb)))
                .andExpect(status().is3xxRedirection());

        List<ServiceItemFile> stored = files.ofProject(apiProject, dispatch).get(item);
        assertThat(stored).extracting(ServiceItemFile::contentType).containsExactly(ZipBombs.DOCX);
    }

    @Test
    void aRefusedUploadStoresNothing() throws Exception {
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");
        mvc.perform(upload(
                        item,
                        session,
                        new MockMultipartFile("files", "ok.png", "image/png", PNG),
                        new MockMultipartFile("files", "script.png", "image/png", "<script>".getBytes())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("script.png")));
        MockMultipartFile[] ten = new MockMultipartFile[10];
        for (int i = 0; i < ten.length; i++) {
            ten[i] = new MockMultipartFile("files", "p" + i + ".png", "image/png", PNG);
        }
        mvc.perform(upload(item, session, ten)).andExpect(status().isBadRequest());
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        mvc.perform(upload(item, session, new MockMultipartFile("files", "big.pdf", "application/pdf", big)))
                .andExpect(status().is4xxClientError());

        assertThat(files.ofProject(apiProject, dispatch).get(item)).isNull();
        assertThat(jdbc.sql("select count(*) from service_item_attachment where service_item_id = :i")
                        .param("i", item)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void filesFollowTheItemsDataScope() throws Exception {
        mvc.perform(upload(
                        item,
                        WebTestSupport.login(mvc, "dispatch"),
                        new MockMultipartFile("files", "批复.pdf", "application/pdf", PDF)))
                .andExpect(status().is3xxRedirection());
        long file = files.ofProject(apiProject, dispatch).get(item).getFirst().id();

        mvc.perform(get("/service-items/{id}/files/{f}", item, file).session(WebTestSupport.login(mvc, "enterprise")))
                .andExpect(status().isOk());
        MockHttpSession other = WebTestSupport.login(mvc, "enterprise2");
        mvc.perform(get("/service-items/{id}/files/{f}", item, file).session(other))
                .andExpect(status().isNotFound());
        mvc.perform(get("/projects/{id}/checklist", apiProject).session(other)).andExpect(status().isNotFound());
        // The enterprise contact reads the checklist but attaches nothing.
        mvc.perform(upload(
                        item,
                        WebTestSupport.login(mvc, "enterprise"),
                        new MockMultipartFile("files", "x.pdf", "application/pdf", PDF)))
                .andExpect(status().isForbidden());
        // A file id of another item is not found through this item.
        long otherItem = checklists.add(apiProject, item("另一事项"), dispatch);
        mvc.perform(get("/service-items/{id}/files/{f}", otherItem, file)
                        .session(WebTestSupport.login(mvc, "dispatch")))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAttachmentIsRemovedByWhoeverMayEditTheItemAuditedAndGoneFromTheStore() throws Exception {
        MockHttpSession session = WebTestSupport.login(mvc, "dispatch");
        mvc.perform(upload(
                        item,
                        session,
                        new MockMultipartFile("files", "错传的批复.pdf", "application/pdf", PDF),
                        new MockMultipartFile("files", "施工许可证.png", "image/png", PNG)))
                .andExpect(status().is3xxRedirection());
        List<ServiceItemFile> stored = files.ofProject(apiProject, dispatch).get(item);
        long wrong = stored.getFirst().id();
        String key = jdbc.sql("select storage_key from service_item_attachment where id = :id")
                .param("id", wrong)
                .query(String.class)
                .single();
        // the print lists every item's attachments
        mvc.perform(get("/projects/{id}/checklist/print", apiProject).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("错传的批复.pdf")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("施工许可证.png")));
        mvc.perform(get("/projects/{id}/checklist", apiProject).session(session))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "/service-items/" + item + "/files/" + wrong + "/remove")));

        // the enterprise contact reads the checklist but removes nothing; through another item it is not found
        mvc.perform(post("/service-items/{id}/files/{f}/remove", item, wrong)
                        .session(WebTestSupport.login(mvc, "enterprise"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        long otherItem = checklists.add(apiProject, item("另一事项"), dispatch);
        mvc.perform(post("/service-items/{id}/files/{f}/remove", otherItem, wrong)
                        .session(session)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(files.ofProject(apiProject, dispatch).get(item)).hasSize(2);

        mvc.perform(post("/service-items/{id}/files/{f}/remove", item, wrong)
                        .session(session)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(files.ofProject(apiProject, dispatch).get(item))
                .extracting(ServiceItemFile::name)
                .containsExactly("施工许可证.png");
        assertThatThrownBy(() -> storedFiles.open(key).close()).isInstanceOf(IOException.class);
        mvc.perform(get("/service-items/{id}/files/{f}", item, wrong).session(session))
                .andExpect(status().isNotFound());
        cn.zhuanban.AuditTrail.awaitRecord(jdbc, "service-item.file-removed", Long.toString(item), "错传的批复.pdf");
        mvc.perform(get("/projects/{id}/checklist/print", apiProject).session(session))
                .andExpect(
                        content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("错传的批复.pdf"))));
    }

    private static MockMultipartHttpServletRequestBuilder upload(
            long item, MockHttpSession session, MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder request = multipart("/service-items/{id}/files", item);
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        request.session(session).with(csrf());
        return request;
    }

    private static ServiceItemForm item(String name) {
        return new ServiceItemForm(
                ServiceItemKind.APPROVAL,
                name,
                null,
                null,
                null,
                null,
                5,
                LimitUnit.WORKING_DAYS,
                ServiceItemStatus.PENDING,
                null,
                null,
                null,
                0);
    }
}
