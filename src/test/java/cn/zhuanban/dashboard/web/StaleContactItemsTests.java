package cn.zhuanban.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The 久未联系的企业 card counts exactly the enterprises its link lists, for every demo user who has it. */
@IntegrationTest
class StaleContactItemsTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theCardsCountIsTheNumberOfEnterprisesItsListShows() throws Exception {
        int cards = 0;
        for (String user : new String[] {"dispatch", "taskforce", "lead", "handler"}) {
            String workbench = WebTestSupport.page(mvc, user, "/");
            Matcher card = Pattern.compile("久未联系的企业</div>[\\s\\S]*?<a[^>]*href=\"([^\"]+)\"[^>]*>(\\d+)</a>")
                    .matcher(workbench);
            if (!card.find()) {
                continue;
            }
            cards++;
            String list = WebTestSupport.page(mvc, user, card.group(1).replace("&amp;", "&"));
            Matcher total = Pattern.compile("共 (\\d+) 条").matcher(list);
            assertThat(total.find()).as(user).isTrue();
            assertThat(total.group(1)).as(user).isEqualTo(card.group(2));
        }
        assertThat(cards).isPositive();
    }
}
