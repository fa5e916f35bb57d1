package cn.zhuanban.identity.web;

import cn.zhuanban.identity.UserCommands.EditUser;
import cn.zhuanban.identity.UserCommands.NewUser;
import cn.zhuanban.identity.UserView;

/**
 * What the user form's basic fields show: the stored account when the page opens, what the administrator typed when
 * the save was refused (the two commands differ, so the page reads this one shape).
 */
record UserFields(
        String username,
        String fullName,
        Long departmentId,
        Long enterpriseId,
        String phone,
        String email,
        boolean enabled,
        int version) {

    static final UserFields BLANK = new UserFields(null, null, null, null, null, null, true, 0);

    static UserFields of(UserView user) {
        return new UserFields(
                user.username(),
                user.fullName(),
                user.departmentId(),
                user.enterpriseId(),
                user.phone(),
                user.email(),
                user.enabled(),
                user.version());
    }

    static UserFields typed(NewUser c) {
        return new UserFields(
                c.username(), c.fullName(), c.departmentId(), c.enterpriseId(), c.phone(), c.email(), true, 0);
    }

    /** The user name cannot change, so it stays the stored one. */
    static UserFields typed(EditUser c, UserView stored) {
        return new UserFields(
                stored.username(),
                c.fullName(),
                c.departmentId(),
                c.enterpriseId(),
                c.phone(),
                c.email(),
                c.enabled(),
                c.version());
    }
}
