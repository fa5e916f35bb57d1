package cn.zhuanban.talent.domain;

import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ChangeSummary;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.talent.CandidateSource;
import cn.zhuanban.talent.Education;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person in the talent pool. Enters only with consent recorded; removal on request erases every
 * personal field and keeps an anonymous row (source and dates) so counts and fill rates stay right.
 */
@Table("talent_candidate")
public class Candidate {

    /** Who the candidate is and how to reach them. */
    public record Person(String name, String phone, String email) {}

    /** What matching compares. */
    public record Profile(
            Education education,
            String discipline,
            String skills,
            Integer yearsExperience,
            String location,
            boolean willingToRelocate) {}

    /** The consent to be contacted: given or withdrawn, when, and how it was recorded. */
    public record Consent(boolean consentToContact, LocalDate consentOn, String consentNote) {}

    @Id
    private Long id;

    @Embedded.Nullable
    private Person person;

    @Embedded.Nullable
    private Profile profile;

    @Embedded.Empty
    private Consent consent;

    private CandidateSource source;
    private boolean removed;
    private LocalDate removedOn;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private int version;

    public static Candidate enter(CandidateSource source, Consent consent, Instant now) {
        if (!consent.consentToContact() || consent.consentOn() == null) {
            throw new BusinessException(ErrorCode.TALENT_NO_CONSENT, "consentToContact");
        }
        Candidate candidate = new Candidate();
        candidate.source = source;
        candidate.consent = consent;
        candidate.createdAt = now;
        return candidate;
    }

    public void describe(Person person, Profile profile, Consent consent, Instant now) {
        checkPresent();
        this.person = person;
        this.profile = profile;
        this.consent = consent;
        this.updatedAt = now;
    }

    /** Staff may contact a candidate only while the consent stands. */
    public void checkContactable() {
        checkPresent();
        if (!consent.consentToContact()) {
            throw new BusinessException(ErrorCode.TALENT_NO_CONSENT, "consentToContact");
        }
    }

    public void removeOnRequest(LocalDate on, Instant now) {
        checkPresent();
        person = null;
        profile = new Profile(null, null, null, null, null, false);
        consent = new Consent(false, null, null);
        removed = true;
        removedOn = on;
        updatedAt = now;
    }

    private void checkPresent() {
        if (removed) {
            throw new BusinessException(ErrorCode.TALENT_CANDIDATE_REMOVED, null, id);
        }
    }

    /**
     * Every field a person edits, for the audit summary of an edit. The person's name, phone and e-mail are named when
     * they change but not written out: the log outlives a removal on the candidate's request.
     */
    public Map<String, Object> snapshot() {
        Person p = person == null ? new Person(null, null, null) : person;
        Profile f = profile == null ? new Profile(null, null, null, null, null, false) : profile;
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", ChangeSummary.personal(p.name()));
        fields.put("phone", ChangeSummary.personal(p.phone()));
        fields.put("email", ChangeSummary.personal(p.email()));
        fields.put("education", f.education());
        fields.put("discipline", f.discipline());
        fields.put("skills", ChangeSummary.typed(f.skills()));
        fields.put("yearsExperience", f.yearsExperience());
        fields.put("location", f.location());
        fields.put("willingToRelocate", f.willingToRelocate());
        fields.put("consentToContact", consent.consentToContact());
        fields.put("consentOn", consent.consentOn());
        fields.put("consentNote", ChangeSummary.typed(consent.consentNote()));
        fields.put("source", source);
        return fields;
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public Profile getProfile() {
        return profile;
    }

    public Consent getConsent() {
        return consent;
    }

    public CandidateSource getSource() {
        return source;
    }

    public boolean isRemoved() {
        return removed;
    }

    public int getVersion() {
        return version;
    }
}
