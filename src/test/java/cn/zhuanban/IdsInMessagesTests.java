package cn.zhuanban;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.shared.NotFoundException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An id in a message is written as it is: a number argument is grouped by default ("工单 #12,345"). */
class IdsInMessagesTests {

    private static final List<String> ID_MESSAGES = List.of(
            "error.reference-unknown",
            "error.meeting.action-ticketed",
            "error.contact.ticketed",
            "contact.ticket",
            "talent.candidate.anonymous");

    @Test
    void messagesNamingAnIdWriteItUngroupedInBothLanguages() throws Exception {
        for (String bundle : List.of("messages_zh_CN.properties", "messages.properties")) {
            Map<String, String> texts = MessageBundle.texts(Path.of("src/main/resources", bundle));
            for (String key : ID_MESSAGES) {
                String text = new MessageFormat(texts.get(key), Locale.CHINA).format(new Object[] {1234567L});
                assertThat(text).as(bundle + " " + key).contains("1234567");
            }
        }
    }

    @Test
    void aRowNotFoundNamesItsIdAsItIs() {
        assertThat(new NotFoundException("ticket", 1234567L).args()).contains("1234567");
        assertThat(new NotFoundException("plan-row", "A10").args()).contains("A10");
    }
}
