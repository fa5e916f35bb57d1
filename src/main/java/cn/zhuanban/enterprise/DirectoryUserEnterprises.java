package cn.zhuanban.enterprise;

import cn.zhuanban.enterprise.domain.EnterpriseRepository;
import cn.zhuanban.identity.UserEnterprises;
import org.springframework.stereotype.Component;

/** Answers the identity module whether an account's enterprise is in the directory, whoever may see it. */
@Component
class DirectoryUserEnterprises implements UserEnterprises {

    private final EnterpriseRepository enterprises;

    DirectoryUserEnterprises(EnterpriseRepository enterprises) {
        this.enterprises = enterprises;
    }

    @Override
    public boolean exists(long enterpriseId) {
        return enterprises.existsById(enterpriseId);
    }
}
