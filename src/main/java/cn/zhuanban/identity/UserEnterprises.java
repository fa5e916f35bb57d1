package cn.zhuanban.identity;

import java.util.List;

/**
 * The enterprise directory as the user form needs it: whether the enterprise a user's account names (the one an
 * enterprise contact belongs to, which bounds his data scope) is in the directory, and the enterprises to pick it from.
 * The enterprise module depends on this one (it reads the acting user), so this module cannot ask it; the enterprise
 * module answers through this interface instead.
 */
public interface UserEnterprises {

    boolean exists(long enterpriseId);

    /**
     * Up to a page of enterprises by name whose name or credit code contains {@code q} (the first page when blank),
     * with the {@code selected} one first when it is not among them, so that an account's enterprise stays on its
     * form. The whole directory, whatever the administrator's own data scope: he binds contacts of any enterprise.
     */
    List<Choice> choices(String q, Long selected);

    /** An enterprise on the user form's pick list. */
    record Choice(long id, String name) {}
}
