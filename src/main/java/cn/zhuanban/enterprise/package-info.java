/**
 * The enterprise directory: companies identified by their unified social credit code, checked as
 * GB 32100 says (a bad format is refused, a bad check character only warned about). The directory
 * is reference data for government staff, so every data scope sees all enterprises except
 * ENTERPRISE, which sees only the user's own enterprise. This module knows nothing of projects
 * (the project module depends on it, not the other way round). The directory can also be imported from Excel
 * ({@link cn.zhuanban.enterprise.EnterpriseImport}, a background job of the imports module) and its export imports
 * as it is. Publishes {@link cn.zhuanban.enterprise.EnterpriseRegistered},
 * {@link cn.zhuanban.enterprise.EnterpriseUpdated} and {@link cn.zhuanban.enterprise.EnterprisesImported}; listens to
 * nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enterprises")
package cn.zhuanban.enterprise;
