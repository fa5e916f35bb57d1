/**
 * The small open kernel every module may use: the error catalogue, paging, the acting user's
 * address for audit, XLSX export and import, and web helpers. It publishes no events and listens to none.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.zhuanban.shared;
