package cn.zhuanban.investment;

import cn.zhuanban.investment.CohortFigures.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Read models of the investment module. Money in 万元. */
public final class InvestmentViews {

    /**
     * Filters of the lead ledger. Besides the lead's own fields, the rows behind the funnel and the cohorts:
     * {@code reached} keeps leads that ever moved to that stage (within {@code reachedFrom}…{@code reachedTo}
     * when given, as the cohorts count signings of a quarter), {@code createdFrom}…{@code createdTo} keeps
     * leads created in the period (as the funnel counts them). {@code awaitingConversion} keeps signed leads that have
     * not yet become a key project: the dispatch office's to-do before they can move on.
     */
    public record LeadFilter(
            String q,
            LeadStage stage,
            LeadChannel channel,
            Long chainNodeId,
            Long partnerId,
            Long referrerId,
            Long ownerId,
            Boolean stale,
            LeadStage reached,
            LocalDate reachedFrom,
            LocalDate reachedTo,
            LocalDate createdFrom,
            LocalDate createdTo,
            Boolean awaitingConversion,
            Boolean working) {

        public static LeadFilter none() {
            return new LeadFilter(
                    null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        }

        /** Leads whose company or industry matches {@code q}, nothing else narrowed. */
        public static LeadFilter matching(String q) {
            return new LeadFilter(
                    q, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        }

        public static LeadFilter ofChannel(LeadChannel channel) {
            return new LeadFilter(
                    null, null, channel, null, null, null, null, null, null, null, null, null, null, null, null);
        }

        public static LeadFilter staleOnly() {
            return new LeadFilter(
                    null, null, null, null, null, null, null, true, null, null, null, null, null, null, null);
        }

        /** Signed leads that have not yet become a key project. */
        public static LeadFilter awaitingConversionOnly() {
            return new LeadFilter(
                    null, null, null, null, null, null, null, null, null, null, null, null, null, true, null);
        }

        /**
         * This filter over only the leads the user works on ({@code working}): the ledger also lists those they
         * registered and handed over (read-only), which are no to-do of theirs. The workbench counts with it and its
         * links carry {@code working=true}, so that a link opens the leads its card counted, whatever the user's scope.
         */
        public LeadFilter toWork() {
            return new LeadFilter(
                    q,
                    stage,
                    channel,
                    chainNodeId,
                    partnerId,
                    referrerId,
                    ownerId,
                    stale,
                    reached,
                    reachedFrom,
                    reachedTo,
                    createdFrom,
                    createdTo,
                    awaitingConversion,
                    true);
        }

        /** A filter from the funnel or cohort figures, not from the ledger's own fields. */
        public boolean fromReport() {
            return reached != null || createdFrom != null || createdTo != null;
        }
    }

    /** A lead in the ledger and on the board; stale when a pipeline lead lacks follow-up too long. */
    public record LeadRow(
            long id,
            String targetCompany,
            LeadChannel channel,
            LeadStage stage,
            String partnerName,
            String referrerName,
            Long chainNodeId,
            BigDecimal expectedInvestment,
            Integer expectedJobs,
            long ownerId,
            String nextAction,
            LocalDate nextActionOn,
            LocalDate lastActivityOn,
            boolean stale,
            Long projectId) {}

    /** One stage passed; {@code note} is readable text (a move with the key project is put into words). */
    public record StageMoveView(LeadStage stage, LocalDate movedOn, String movedBy, String note) {

        /** Moved by the system, following the key project's stage, not by a person. */
        public boolean bySystem() {
            return cn.zhuanban.shared.Actor.SYSTEM.equals(movedBy);
        }
    }

    public record FollowUpView(long id, FollowUpKind kind, LocalDate happenedOn, String summary, long recordedBy) {}

    public record LeadView(
            long id,
            LeadRow row,
            Long partnerId,
            Long referrerId,
            String industry,
            Long departmentId,
            String description,
            BigDecimal agreedInvestment,
            LocalDate agreedStartOn,
            BigDecimal fundsInPlace,
            BigDecimal fixedAssetInvestment,
            String terminationReason,
            Long enterpriseId,
            LocalDate createdOn,
            List<StageMoveView> history,
            Referral referral,
            int version) {

        public LeadStage stage() {
            return row.stage();
        }
    }

    public record PartnerView(
            long id,
            String name,
            PartnerKind kind,
            String contactName,
            String contactPhone,
            String note,
            long leads,
            long signed,
            int version) {}

    public record ReferrerView(
            long id,
            String name,
            String organisation,
            String phone,
            LocalDate registeredOn,
            String note,
            long leads,
            int version) {}

    public record BoardColumn(LeadStage stage, long count, BigDecimal expectedInvestment, List<LeadRow> leads) {}

    /** How many leads ever reached a stage, and the share of the previous stage's leads that did. */
    public record FunnelStep(LeadStage stage, long reached, Rate fromPrevious) {}

    public record ChannelConversion(LeadChannel channel, long leads, long signed, Rate rate) {}

    /** Where a key project came from: the lead, how it came and when it was signed. */
    public record LeadOrigin(
            long leadId,
            String targetCompany,
            LeadChannel channel,
            String partnerName,
            String referrerName,
            LocalDate signedOn,
            Long chainNodeId,
            BigDecimal agreedInvestment) {

        /** Only what the project page names for a lead outside the user's scope: no channel, partner or dates. */
        LeadOrigin nameOnly() {
            return new LeadOrigin(leadId, targetCompany, null, null, null, null, null, null);
        }
    }

    /** The lead a key project came from as one user sees it: {@code readable} when they may open the lead. */
    public record ProjectOrigin(LeadOrigin lead, boolean readable) {}

    /** A signed lead in a quarter's cohort, for the detail rows of the report. */
    public record CohortRow(
            long leadId,
            String targetCompany,
            LeadChannel channel,
            LocalDate signedOn,
            LocalDate agreedStartOn,
            LocalDate startedOn,
            LocalDate inProductionOn,
            BigDecimal agreedInvestment,
            BigDecimal fundsInPlace) {}

    private InvestmentViews() {}
}
