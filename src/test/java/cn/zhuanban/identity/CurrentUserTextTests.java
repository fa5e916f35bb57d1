package cn.zhuanban.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A background job acts as the user who asked for it, read back from the text kept with the job. */
class CurrentUserTextTests {

    @Test
    void aUserReadBackFromTextHasTheSameScopeRolesAndPermissions() {
        CurrentUser user = new CurrentUser(
                7L, "handler", "王工", 3L, null, DataScope.DEPARTMENT, Set.of("HANDLER"), Set.of("a:b", "c:d"));
        assertThat(CurrentUser.fromText(user.toText())).isEqualTo(user);
    }

    @Test
    void aMissingScopeStaysMissingInsteadOfBecomingTheWholeDistrict() {
        CurrentUser user = new CurrentUser(8L, "x", null, null, null, null, Set.of(), Set.of());
        CurrentUser back = CurrentUser.fromText(user.toText());
        assertThat(back.dataScope()).isNull();
        assertThat(back.fullName()).isEmpty();
        assertThat(back.roles()).isEmpty();
    }
}
