package cn.zhuanban.enterprise;

import cn.zhuanban.enterprise.domain.EnterpriseQueries;
import cn.zhuanban.enterprise.domain.EnterpriseQueries.Visibility;
import cn.zhuanban.enterprise.domain.EnterpriseRepository;
import cn.zhuanban.identity.UserEnterprises;
import cn.zhuanban.shared.PageQuery;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Answers the identity module whether an account's enterprise is in the directory, and offers the directory to pick it
 * from, whoever may see it.
 */
@Component
class DirectoryUserEnterprises implements UserEnterprises {

    private final EnterpriseRepository enterprises;
    private final EnterpriseQueries queries;

    DirectoryUserEnterprises(EnterpriseRepository enterprises, EnterpriseQueries queries) {
        this.enterprises = enterprises;
        this.queries = queries;
    }

    @Override
    public boolean exists(long enterpriseId) {
        return enterprises.existsById(enterpriseId);
    }

    @Override
    public List<Choice> choices(String q, Long selected) {
        List<Choice> choices = new ArrayList<>(queries.choices(q, Visibility.ALL, PageQuery.MAX_SIZE).stream()
                .map(DirectoryUserEnterprises::choice)
                .toList());
        if (selected != null && choices.stream().noneMatch(c -> c.id() == selected)) {
            queries.choice(selected, Visibility.ALL)
                    .map(DirectoryUserEnterprises::choice)
                    .ifPresent(choices::addFirst);
        }
        return choices;
    }

    private static Choice choice(EnterpriseOption option) {
        return new Choice(option.id(), option.name());
    }
}
