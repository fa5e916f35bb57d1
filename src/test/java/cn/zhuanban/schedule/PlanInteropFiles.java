package cn.zhuanban.schedule;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The dispatcher's plan files for the plan interop tests: exports, imports and the plan they change. */
record PlanInteropFiles(MockMvc mvc, MockHttpSession dispatch, long enterpriseId) {

    long templatedWithLag() throws Exception {
        long id = PlanFixtures.project(mvc, dispatch, enterpriseId, "2027-03-01", "2028-06-30");
        mvc.perform(post("/projects/" + id + "/plan/template")
                        .session(dispatch)
                        .with(csrf())
                        .param("version", PlanFixtures.version(mvc, dispatch, id))
                        .param("template", "industrial"))
                .andExpect(status().isOk());
        mvc.perform(post("/projects/" + id + "/plan/rows/B02/predecessors")
                        .session(dispatch)
                        .with(csrf())
                        .param("version", PlanFixtures.version(mvc, dispatch, id))
                        .param("predecessors", "B01SS+20"))
                .andExpect(status().isOk());
        mvc.perform(post("/projects/" + id + "/plan/rows/A09/predecessors")
                        .session(dispatch)
                        .with(csrf())
                        .param("version", PlanFixtures.version(mvc, dispatch, id))
                        .param("predecessors", "A01FS-1"))
                .andExpect(status().isOk());
        return id;
    }

    String plan(long id) throws Exception {
        return mvc.perform(get("/api/v1/projects/" + id + "/plan").session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    String page(long id) throws Exception {
        return mvc.perform(get("/projects/" + id + "/plan").session(dispatch))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    byte[] export(long id, String format) throws Exception {
        return mvc.perform(get("/api/v1/projects/" + id + "/plan/export?format=" + format)
                        .session(dispatch))
                .andExpect(status().isOk())
                // a plain ASCII name for clients that do not read filename* (it was "download")
                .andExpect(header().string(
                                "Content-Disposition",
                                containsString("filename=\"plan-" + id + "." + (format.equals("mspdi") ? "xml" : format)
                                        + "\"")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    ResultActions importFile(long id, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/v1/projects/" + id + "/plan/import")
                .file(new MockMultipartFile("file", "plan.bin", "application/octet-stream", content))
                .session(dispatch)
                .with(csrf()));
    }

    void calendarDay(long id, String date, boolean working, String name) throws Exception {
        mvc.perform(post("/projects/" + id + "/plan/calendar-days")
                        .session(dispatch)
                        .with(csrf())
                        .param("version", PlanFixtures.version(mvc, dispatch, id))
                        .param("date", date)
                        .param("working", Boolean.toString(working))
                        .param("name", name))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"calendar-day-" + date + "\"")))
                .andExpect(content().string(not(containsString("id=\"plan-error\""))));
    }

    void addRow(long id, String key, String name, String kind, String parentKey) throws Exception {
        if (parentKey == null) {
            PlanFixtures.edit(mvc, dispatch, id, "/rows", "key", key, "name", name, "kind", kind, "duration", "3");
        } else {
            PlanFixtures.edit(
                    mvc,
                    dispatch,
                    id,
                    "/rows",
                    "key",
                    key,
                    "name",
                    name,
                    "kind",
                    kind,
                    "duration",
                    "3",
                    "parentKey",
                    parentKey);
        }
    }

    /** Each row as "key kind stage target-date", in the plan's order. */
    static List<String> rows(PlanSheet sheet) {
        return sheet.rows().stream()
                .map(r -> r.key() + " " + r.kind() + " " + r.parentKey() + " " + r.targetDate())
                .toList();
    }

    /** A minimal MS Project XML file with these tasks. */
    static byte[] mspdi(String tasks) {
        return ("<?xml version=\"1.0\"?><Project xmlns=\"http://schemas.microsoft.com/project\">"
                        + "<StartDate>2027-03-01T08:00:00</StartDate><Tasks>" + tasks + "</Tasks></Project>")
                .getBytes(StandardCharsets.UTF_8);
    }

    static String uidOf(String xml, String key) {
        int wbs = xml.indexOf("<WBS>" + key + "</WBS>");
        int uid = xml.lastIndexOf("<UID>", wbs);
        return xml.substring(uid + 5, xml.indexOf("</UID>", uid));
    }

    static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
