package cn.zhuanban.servicechecklist;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.identity.UserView;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.PickList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Who may answer for a checklist item (责任人): a person of the item's department who may act (an enabled account with
 * a business role), as the pick list offers. Only existence was checked before, so a department handler could name
 * anyone on his item, an enterprise's contact or another department's staff included. The person an item already
 * names stays while the item stays with its department, even if he has since moved or been disabled: the form offers
 * him, and saving it again must not be refused for a choice nobody made.
 */
@Component
public class ResponsiblePeople {

    static final String FIELD = "responsibleUserId";

    private final UserDirectory directory;
    private final DepartmentManagement departments;

    ResponsiblePeople(UserDirectory directory, DepartmentManagement departments) {
        this.directory = directory;
        this.departments = departments;
    }

    /**
     * The form's choices: a department handler's own department's people (his items are his department's); for wider
     * scopes every department's people, each marked with his department, which the page narrows to the department
     * chosen on the form. The person the form holds is kept first when the list leaves him off.
     */
    public List<UserView> choices(CurrentUser user, Long chosen) {
        List<UserView> people;
        if (DepartmentItemPolicy.departmentFixed(user)) {
            people = user.departmentId() == null ? List.of() : directory.departmentStaff(user.departmentId());
        } else {
            people = directory.departmentStaff();
        }
        return PickList.keepingChosen(people, chosen, UserView::id, directory::find);
    }

    /**
     * Refuses the form's person for an item of the form's department unless he is one of its people who may act, or
     * the one the item already names ({@code keptPerson}) while it stays with its department ({@code keptDepartment}).
     */
    void check(ServiceItemForm form, Long keptPerson, Long keptDepartment) {
        Long person = form.responsibleUserId();
        Long department = form.departmentId();
        if (person == null) {
            return;
        }
        UserView named = directory
                .find(person)
                .orElseThrow(() -> new BusinessException(ErrorCode.REFERENCE_UNKNOWN, FIELD, person));
        if (person.equals(keptPerson) && Objects.equals(department, keptDepartment)) {
            return;
        }
        if (department == null) {
            throw BusinessException.invalid(FIELD, "checklist.error.responsible-no-department");
        }
        if (directory.departmentStaff(department).stream().noneMatch(u -> u.id() == person)) {
            throw BusinessException.invalid(
                    FIELD,
                    "checklist.error.responsible-department",
                    named.fullName(),
                    departments.names().getOrDefault(department, String.valueOf(department)));
        }
    }
}
