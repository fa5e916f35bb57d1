/**
 * Identity and access: departments, users, roles with permission strings, data scopes, API tokens,
 * password policy and lockout, and the three separate administrators of MLPS level 3. Other
 * modules read the acting user as {@link cn.zhuanban.identity.CurrentUser} and names through
 * {@link cn.zhuanban.identity.IdentityManagement}. Publishes {@link cn.zhuanban.identity.UserAccountChanged},
 * {@link cn.zhuanban.identity.DepartmentChanged}, {@link cn.zhuanban.identity.RoleChanged} and
 * {@link cn.zhuanban.identity.SecurityEventRecorded}; listens to nothing. Whether an account's enterprise exists, and
 * the enterprises the user form picks it from, it asks through {@link cn.zhuanban.identity.UserEnterprises}, which the
 * enterprise module (depending on this one) implements.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package cn.zhuanban.identity;
