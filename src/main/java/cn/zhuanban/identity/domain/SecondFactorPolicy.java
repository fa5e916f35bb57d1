package cn.zhuanban.identity.domain;

/** Who must log in with a second factor beside the password; stored as the security setting's number (0, 1, 2). */
public enum SecondFactorPolicy {
    NOBODY,
    ADMINISTRATORS,
    EVERYONE;

    public static SecondFactorPolicy of(int value) {
        SecondFactorPolicy[] all = values();
        return value >= 0 && value < all.length ? all[value] : NOBODY;
    }
}
