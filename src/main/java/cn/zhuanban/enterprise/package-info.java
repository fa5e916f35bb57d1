/**
 * The enterprise directory: companies identified by their unified social credit code, checked as
 * GB 32100 says (a bad format is refused, a bad check character only warned about). The directory
 * (with its contact names and phone numbers) follows the data scope as the projects do: ALL sees every enterprise,
 * ENTERPRISE only the user's own, LED_PROJECTS, TASK_FORCE and DEPARTMENT the enterprises of the projects in their
 * scope. This module knows nothing of projects (the project module depends on it, not the other way round): the
 * project module supplies that condition through {@link cn.zhuanban.enterprise.ServedEnterprises}; it answers the
 * identity module in turn whether an account's enterprise exists, and which enterprises its user form offers ({@link cn.zhuanban.identity.UserEnterprises}). The directory can also be imported from Excel
 * ({@link cn.zhuanban.enterprise.EnterpriseImport}, a background job of the imports module) and its export imports
 * as it is. Publishes {@link cn.zhuanban.enterprise.EnterpriseRegistered},
 * {@link cn.zhuanban.enterprise.EnterpriseUpdated} and {@link cn.zhuanban.enterprise.EnterprisesImported}; listens to
 * nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enterprises")
package cn.zhuanban.enterprise;
