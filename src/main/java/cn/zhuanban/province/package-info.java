/**
 * Province scale: a generator that fills a database with a province's worth of key projects (5,000
 * projects, 250,000 plan tasks, 100,000 tickets with their histories, 60,000 monthly reports,
 * 1,000,000 audit records and the enterprises, departments, task forces and users they need) by
 * batched JDBC inserts, for load measurements. Runs only when asked
 * ({@code --zhuanban.generate=province}); writes the tables directly, bypassing the domain services
 * and their events, so it belongs to no business flow.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Province scale generator")
package cn.zhuanban.province;
