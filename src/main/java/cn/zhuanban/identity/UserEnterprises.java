package cn.zhuanban.identity;

/**
 * Whether the enterprise a user's account names (the one an enterprise contact belongs to, which bounds his data scope)
 * is in the enterprise directory. The enterprise module depends on this one (it reads the acting user), so this module
 * cannot ask it; the enterprise module answers through this interface instead.
 */
public interface UserEnterprises {

    boolean exists(long enterpriseId);
}
