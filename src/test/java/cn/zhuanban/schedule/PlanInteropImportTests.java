package cn.zhuanban.schedule;

import static cn.zhuanban.schedule.PlanInteropFiles.concat;
import static cn.zhuanban.schedule.PlanInteropFiles.mspdi;
import static cn.zhuanban.schedule.PlanInteropFiles.uidOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.identity.UserDirectory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Imports: files that must be refused without changing anything, and the untidy files that still come in. */
@IntegrationTest
class PlanInteropImportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory directory;

    MockHttpSession dispatch;
    long enterpriseId;
    PlanInteropFiles files;

    @BeforeEach
    void login() throws Exception {
        dispatch = WebTestSupport.login(mvc, "dispatch");
        enterpriseId = directory.findByUsername("enterprise").orElseThrow().enterpriseId();
        files = new PlanInteropFiles(mvc, dispatch, enterpriseId);
    }

    @Test
    void badFilesAreRefusedWithAClearMessageAndChangeNothing() throws Exception {
        long id = files.templatedWithLag();
        String before = files.plan(id);
        files.importFile(id, "hello, not a plan".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("schedule.file"));
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE Project [ <!ENTITY x SYSTEM "file:///etc/passwd"> ]>
                <Project xmlns="http://schemas.microsoft.com/project"><Name>&x;</Name></Project>""";
        files.importFile(id, xxe.getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("文档类型声明")));
        // The same in UTF-16 without a byte order mark, with an ASCII "<Project" in a comment: the check read the bytes
        // as UTF-8, saw no DOCTYPE, and left it to the parser. Likewise a declaration naming an encoding the check
        // cannot follow (EBCDIC here) and UCS-4.
        String hidden = xxe.replace("<?xml version=\"1.0\"?>", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>");
        for (var charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            byte[] file = concat(hidden.getBytes(charset), "<!-- <Project -->".getBytes(StandardCharsets.US_ASCII));
            files.importFile(id, file)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail", containsString("文档类型声明")));
        }
        byte[] ebcdic = concat(
                "<?xml version=\"1.0\" encoding=\"IBM037\"?>".getBytes(StandardCharsets.US_ASCII),
                xxe.substring(xxe.indexOf("<!DOCTYPE")).getBytes(java.nio.charset.Charset.forName("IBM037")),
                "<Project/>".getBytes(StandardCharsets.US_ASCII));
        files.importFile(id, ebcdic)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("文档类型声明")));
        files.importFile(id, xxe.getBytes(java.nio.charset.Charset.forName("UTF-32LE")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("文件内容已损坏或无法解析")));
        byte[] garbage = new byte[10 * 1024 * 1024 - 4096];
        new Random(7).nextBytes(garbage);
        files.importFile(id, garbage).andExpect(status().isBadRequest());
        files.importFile(id, "<Project><Tasks>".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest());
        assertThat(files.plan(id)).isEqualTo(before);
    }

    /**
     * What a refused file says is the reason in the reader's language: a parser's English text (or a
     * NullPointerException's, for an XER header without a project) told the user nothing.
     */
    @Test
    void aFileThatIsNoPlanIsRefusedInChineseWithoutTheParsersText() throws Exception {
        long id = files.templatedWithLag();
        String before = files.plan(id);
        files.importFile(id, "ERMHDR\t1\n".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("schedule.file"))
                .andExpect(jsonPath("$.detail").value("文件无法导入：文件中没有项目计划，不是可导入的计划文件。未做任何更改。"));
        files.importFile(id, "<plan><task/></plan>".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("不是 MS Project XML（MSPDI）格式")));
        files.importFile(id, "hello, not a plan".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("也不是 Primavera XER 文件")));
        files.importFile(id, "<Project><Tasks>".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("文件内容已损坏或无法解析")));
        assertThat(files.plan(id)).isEqualTo(before);
    }

    /** A file without any task would have emptied the plan without a word, through the API and the page alike. */
    @Test
    void aFileWithoutAnyTaskIsRefusedAndTheRefusalIsShownOnThePage() throws Exception {
        long id = files.templatedWithLag();
        String before = files.plan(id);
        byte[] blankRowsOnly = mspdi("<Task><UID>1</UID><ID>1</ID><IsNull>1</IsNull></Task>");
        files.importFile(id, blankRowsOnly)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("schedule.file"))
                .andExpect(jsonPath("$.detail").value("文件无法导入：文件中没有可导入的任务。未做任何更改。"));
        files.importFile(id, mspdi("")).andExpect(status().isBadRequest());
        mvc.perform(multipart("/projects/" + id + "/plan/import")
                        .file(new MockMultipartFile("file", "plan.xml", "application/xml", blankRowsOnly))
                        .param("version", PlanFixtures.version(mvc, dispatch, id))
                        .session(dispatch)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", "文件无法导入：文件中没有可导入的任务。未做任何更改。"));
        assertThat(files.plan(id)).isEqualTo(before);
    }

    /**
     * A task the plan cannot hold refuses the whole file, naming the task: the audit's file (one task, no name, a
     * duration of PT99999999H) replaced a plan of 21 tasks with none.
     */
    @Test
    void aTaskWithoutANameOrWithAnAbsurdDurationRefusesTheFileNamingTheTask() throws Exception {
        long id = files.templatedWithLag();
        String before = files.plan(id);
        files.importFile(id, mspdi("<Task><UID>1</UID><ID>1</ID><Duration>PT99999999H0M0S</Duration></Task>"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("schedule.file"))
                .andExpect(jsonPath("$.detail", containsString("第 1 行的任务（唯一标识 1）没有名称")));
        files.importFile(
                        id,
                        mspdi("<Task><UID>1</UID><ID>1</ID><Name>桩基施工</Name>"
                                + "<Duration>PT99999999H0M0S</Duration></Task>"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("任务“桩基施工”的工期为 12,500,000 个工作日")))
                .andExpect(jsonPath("$.detail", containsString("须在 0 至 10,000 个工作日之间")));
        assertThat(files.plan(id)).isEqualTo(before);
    }

    /** MS Project writes empty lines of its table as blank rows: they are no tasks, and the rest imports. */
    @Test
    void blankRowsArePassedOverAndTheTasksAroundThemImport() throws Exception {
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2028-06-30");
        files.importFile(
                        id,
                        mspdi("<Task><UID>1</UID><ID>1</ID><Name>场地平整</Name><Duration>PT40H0M0S</Duration></Task>"
                                + "<Task><UID>2</UID><ID>2</ID><IsNull>1</IsNull></Task>"
                                + "<Task><UID>3</UID><ID>3</ID><Name>桩基施工</Name><Duration>PT24H0M0S</Duration></Task>"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tasks.length()").value(2));
    }

    /**
     * A WBS code or activity id from another tool may hold what a key of the table may not (a space, a slash): the file
     * still comes in, each such sign becomes "_", so the tasks can be named as predecessors; a dotted WBS code stays.
     */
    @Test
    void importedKeysWithSpacesOrSignsBecomeKeysTheTableCanLinkTo() throws Exception {
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2028-06-30");
        files.importFile(
                        id,
                        mspdi("<Task><UID>1</UID><ID>1</ID><WBS>1.2</WBS><Name>场地平整</Name>"
                                + "<Duration>PT40H0M0S</Duration></Task>"
                                + "<Task><UID>2</UID><ID>2</ID><WBS>EC 10/A</WBS><Name>桩基施工</Name>"
                                + "<Duration>PT24H0M0S</Duration></Task>"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tasks[0].key").value("1.2"))
                .andExpect(jsonPath("$.tasks[1].key").value("EC_10_A"));
        PlanFixtures.edit(mvc, dispatch, id, "/rows/EC_10_A/predecessors", "predecessors", "1.2")
                .andExpect(content().string(not(containsString("plan-error"))));
    }

    /**
     * Someone without the permission to edit plans is refused before anything about the request is looked at: a post
     * without its file answered 400 to him, so he learnt what the endpoint wants before being told he may not use it.
     */
    @Test
    void anImportWithoutThePermissionIsForbiddenWithOrWithoutItsFile() throws Exception {
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2028-06-30");
        MockHttpSession leader = WebTestSupport.login(mvc, "leader");
        for (String path : List.of("/api/v1/projects/" + id + "/plan/import", "/projects/" + id + "/plan/import")) {
            mvc.perform(multipart(path).session(leader).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post(path).session(leader).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(multipart(path)
                            .file(new MockMultipartFile("file", "plan.xml", "application/xml", new byte[] {'<'}))
                            .session(leader)
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
    }

    /** Someone who may import and forgot the file is told so in his language, not shown a bare 400 page. */
    @Test
    void anImportWithoutAFileIsRefusedWithAMessage() throws Exception {
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2028-06-30");
        String before = files.plan(id);
        mvc.perform(multipart("/api/v1/projects/" + id + "/plan/import")
                        .session(dispatch)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation"))
                .andExpect(jsonPath("$.field").value("file"))
                .andExpect(jsonPath("$.detail", containsString("请选择要导入的计划文件")));
        mvc.perform(post("/projects/" + id + "/plan/import").session(dispatch).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", containsString("请选择要导入的计划文件")));
        assertThat(files.plan(id)).isEqualTo(before);
    }

    @Test
    void aFileWithACycleIsRefusedAndChangesNothing() throws Exception {
        long id = files.templatedWithLag();
        String before = files.plan(id);
        String xml = new String(files.export(id, "mspdi"), StandardCharsets.UTF_8);
        // make 项目备案 (A01) depend on 施工许可证 (A11) as well: A01 → … → A11 → A01
        String a11Uid = uidOf(xml, "A11");
        String cyclic = xml.replaceFirst(
                "(<WBS>A01</WBS>)",
                "$1<PredecessorLink><PredecessorUID>" + a11Uid + "</PredecessorUID><Type>1</Type></PredecessorLink>");
        files.importFile(id, cyclic.getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("schedule.cycle"))
                // named by key and name, as the file's unique ids (or MS Project's outline numbers) mean nothing
                .andExpect(jsonPath("$.detail", containsString("A01 项目备案 → ")))
                .andExpect(jsonPath("$.detail", containsString("A11 施工许可证 → ")))
                .andExpect(jsonPath("$.detail", not(containsString("→ " + a11Uid + " "))));
        assertThat(files.plan(id)).isEqualTo(before);
    }
}
