package cn.zhuanban.investment;

import cn.zhuanban.enterprise.EnterpriseForm;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.industry.ChainMembership;
import cn.zhuanban.investment.domain.Lead;
import cn.zhuanban.investment.domain.LeadRepository;
import cn.zhuanban.project.ProjectForm;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed lead becomes a key project (签约转重点项目): the project module registers the project
 * (and the enterprise module a new enterprise if needed) through their public APIs, in the same
 * transaction; the lead keeps the project's id and the chain node gets the project and its
 * enterprise, so the lineage is visible both ways. Nothing is created if any step is refused.
 */
@Service
@Transactional
public class LeadConversion {

    private final LeadAccess access;
    private final LeadRepository leads;
    private final EnterpriseManagement enterprises;
    private final ProjectManagement projects;
    private final ChainMembership membership;
    private final LeadStageSync sync;
    private final TaskForceManagement taskForces;
    private final Clock clock;

    LeadConversion(
            LeadAccess access,
            LeadRepository leads,
            EnterpriseManagement enterprises,
            ProjectManagement projects,
            ChainMembership membership,
            LeadStageSync sync,
            TaskForceManagement taskForces,
            Clock clock) {
        this.taskForces = taskForces;
        this.sync = sync;
        this.clock = clock;
        this.access = access;
        this.leads = leads;
        this.enterprises = enterprises;
        this.projects = projects;
        this.membership = membership;
    }

    /**
     * Creates the key project and links it to the lead; returns the project's id. The lead follows the project's stage
     * at once, in this transaction, so that the lead page shown next has it (audit D8).
     */
    public long createKeyProject(CurrentUser user, long leadId, KeyProjectForm form) {
        return createKeyProject(user, leadId, form, true);
    }

    /**
     * As above, but the lead's later stages are then dated by hand (注册落地, 开工, 投产 on the days they happened):
     * for a history entered afterwards, as the demo district's is. The project's stage change still reaches the lead
     * by event, after the hand moves, and then finds nothing left to do.
     */
    public long createKeyProjectDatedByHand(CurrentUser user, long leadId, KeyProjectForm form) {
        return createKeyProject(user, leadId, form, false);
    }

    private long createKeyProject(CurrentUser user, long leadId, KeyProjectForm form, boolean follow) {
        Lead lead = access.load(user, leadId, null);
        if (!lead.getStage().isSigned()) {
            throw new BusinessException(
                    ErrorCode.LEAD_NOT_SIGNED, null, lead.getStage().label());
        }
        if (lead.getProjectId() != null) {
            throw new BusinessException(ErrorCode.LEAD_PROJECT_EXISTS, null, lead.getProjectId());
        }
        // Checked after the refusals above: "already converted" says more than "changed meanwhile".
        access.load(user, leadId, form.leadVersion());
        // The project is registered as the platform's (no user's pick lists), so the task force is checked here.
        if (form.taskForceId() != null && !taskForces.isVisible(form.taskForceId(), user)) {
            throw new BusinessException(ErrorCode.PROJECT_TASK_FORCE_UNKNOWN, "taskForceId", form.taskForceId());
        }
        long enterpriseId = enterprise(form, lead);
        long projectId = projects.create(new ProjectForm(
                form.name(),
                blankToNull(form.projectCode()),
                enterpriseId,
                form.level(),
                form.stage(),
                form.totalInvestment(),
                form.start(),
                form.targetFinish(),
                form.leadOfficialId(),
                form.taskForceId(),
                form.location(),
                lead.getProfile().description(),
                null));
        lead.becameProject(projectId, enterpriseId);
        if (follow) {
            sync.follow(lead, projectId, form.stage(), LocalDate.now(clock), form.start());
        }
        leads.save(lead);
        Long node = lead.getProfile().chainNodeId();
        if (node != null) {
            membership.attachEnterprise(node, enterpriseId);
            membership.attachProject(node, projectId);
        }
        access.publish(
                "investment.lead.project-created", leadId, "project " + projectId + " enterprise " + enterpriseId);
        return projectId;
    }

    private long enterprise(KeyProjectForm form, Lead lead) {
        if (form.enterpriseId() != null) {
            if (!enterprises.exists(form.enterpriseId())) {
                throw new BusinessException(ErrorCode.REFERENCE_UNKNOWN, "enterpriseId", form.enterpriseId());
            }
            return form.enterpriseId();
        }
        if (form.newEnterpriseCreditCode() == null
                || form.newEnterpriseCreditCode().isBlank()) {
            throw BusinessException.invalid("newEnterpriseCreditCode", "validation.required");
        }
        String name =
                form.newEnterpriseName() == null || form.newEnterpriseName().isBlank()
                        ? lead.getProfile().targetCompany()
                        : form.newEnterpriseName();
        try {
            return enterprises
                    .register(new EnterpriseForm(
                            name, form.newEnterpriseCreditCode().trim(), null, null, null, null, null, null, null))
                    .id();
        } catch (BusinessException e) {
            // The enterprise's own refusals name its fields; on this form the field is the new credit code.
            throw e.field() == null || !e.field().equals("creditCode")
                    ? e
                    : new BusinessException(e.errorCode(), "newEnterpriseCreditCode", e.args());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
