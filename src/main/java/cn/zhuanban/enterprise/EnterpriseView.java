package cn.zhuanban.enterprise;

import java.time.Instant;
import java.util.List;

/** An enterprise as pages, the API and other modules see it, with any warning about its data. */
public record EnterpriseView(
        long id,
        String name,
        String creditCode,
        String legalRepresentative,
        String industryCode,
        String address,
        String contactName,
        String contactPhone,
        String description,
        Instant createdAt,
        Instant updatedAt,
        int version,
        List<Warning> warnings) {

    public EnterpriseView {
        warnings = List.copyOf(warnings);
    }
}
