package cn.zhuanban;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.investment.InvestmentCommands.LeadForm;
import cn.zhuanban.investment.InvestmentManagement;
import cn.zhuanban.investment.LeadChannel;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.web.FormErrors;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

/** A refusal of input that no constraint catches says what is wrong, not "输入有误：2030-01-01" or a field's name. */
@IntegrationTest
class RefusalsSayWhyTests {

    @Autowired
    InvestmentManagement investment;

    @Autowired
    FormErrors formErrors;

    @Autowired
    UserDirectory directory;

    @BeforeEach
    void inChinese() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aLeadReceivedAfterTodaySaysTheDateMayNotLieAhead() {
        CurrentUser dispatch = new ServiceFixtures(null, null, null, directory).user("dispatch");
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
        LeadForm form = new LeadForm(
                TestCodes.unique("明日线索"),
                LeadChannel.CHAIN,
                null,
                null,
                null,
                null,
                new BigDecimal("30000"),
                200,
                dispatch.id(),
                null,
                null,
                null,
                tomorrow,
                0);

        BusinessException refusal =
                catchThrowableOfType(BusinessException.class, () -> investment.createLead(dispatch, form));

        assertThat(formErrors.of(refusal)).containsEntry("receivedOn", "输入有误：不能晚于今天（" + tomorrow.minusDays(1) + "）");
    }
}
