package cn.zhuanban.meeting;

import cn.zhuanban.shared.SupportedDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A quick entry from a phone: with whom, how, what was said, what follows. */
public record ContactForm(
        @NotNull(message = "{validation.required}") Long enterpriseId,
        Long projectId,
        @NotNull(message = "{validation.required}") ContactChannel channel,

        @SupportedDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate contactedOn,

        @Size(max = 100, message = "{validation.max-length}")
        String contactPerson,

        @NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.max-length}")
        String content,

        @Size(max = 2000, message = "{validation.max-length}")
        String followUp) {

    public static ContactForm blank(Long enterpriseId) {
        return new ContactForm(enterpriseId, null, ContactChannel.PHONE, null, null, "", null);
    }
}
