package cn.zhuanban.talent;

import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.talent.TalentCommands.EventForm;
import cn.zhuanban.talent.TalentCommands.ServiceForm;
import cn.zhuanban.talent.domain.CandidateRepository;
import cn.zhuanban.talent.domain.DemandQueries;
import cn.zhuanban.talent.domain.TalentScope;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What recruitment events and talent services may refer to: demands the user may see, an existing
 * owner, enterprise and (not removed) candidate; a refusal names the field. Events and services are
 * staff work: for an enterprise contact they do not exist.
 */
@Component
class RecruitmentReferences {

    private final DemandQueries demands;
    private final CandidateRepository candidates;
    private final EnterpriseManagement enterprises;
    private final UserDirectory users;
    private final DemandScopes scopes;

    RecruitmentReferences(
            DemandQueries demands,
            CandidateRepository candidates,
            EnterpriseManagement enterprises,
            UserDirectory users,
            DemandScopes scopes) {
        this.scopes = scopes;
        this.demands = demands;
        this.candidates = candidates;
        this.enterprises = enterprises;
        this.users = users;
    }

    void checkStaff(CurrentUser user, String entity, Object id) {
        if (scopes.of(user).isEnterprise()) {
            throw new NotFoundException(entity, id);
        }
    }

    List<Long> demandIds(CurrentUser user, EventForm form) {
        List<Long> ids = form.demandIds() == null
                ? List.of()
                : form.demandIds().stream().distinct().toList();
        TalentScope scope = scopes.of(user);
        for (Long id : ids) {
            if (id == null || demands.demand(scope, id).isEmpty()) {
                throw new BusinessException(ErrorCode.REFERENCE_UNKNOWN, "demandIds", id);
            }
        }
        return ids;
    }

    void check(ServiceForm form) {
        if (users.find(form.ownerId()).isEmpty()) {
            throw new BusinessException(ErrorCode.REFERENCE_UNKNOWN, "ownerId", form.ownerId());
        }
        if (form.enterpriseId() != null && !enterprises.exists(form.enterpriseId())) {
            throw new BusinessException(ErrorCode.REFERENCE_UNKNOWN, "enterpriseId", form.enterpriseId());
        }
        if (form.candidateId() != null
                && candidates
                        .findById(form.candidateId())
                        .filter(c -> !c.isRemoved())
                        .isEmpty()) {
            throw new BusinessException(ErrorCode.REFERENCE_UNKNOWN, "candidateId", form.candidateId());
        }
    }
}
