/**
 * Service evaluation (服务评价): an enterprise contact rates, at most once per project and month, the service his
 * project receives from its task force and chief service officer (满意 / 基本满意 / 不满意, with aspects and a comment,
 * required when dissatisfied); staff read the ratings within their project scope in a ledger with its export and a
 * satisfaction rate per task force. Reads the project and identity modules through their root APIs. Publishes
 * {@link cn.zhuanban.serviceevaluation.ServiceEvaluated} (audited) and
 * {@link cn.zhuanban.serviceevaluation.ServiceDissatisfied}, which the notification module turns into notices.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Service evaluation")
package cn.zhuanban.serviceevaluation;
