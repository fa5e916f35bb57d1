/**
 * The home page of every role (我的工作台: what is waiting for me) and, later, the leaders'
 * cockpit and generated reports. Reads other modules only through their query APIs; publishes
 * and listens to nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard")
package cn.zhuanban.dashboard;
