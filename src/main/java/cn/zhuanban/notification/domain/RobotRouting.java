package cn.zhuanban.notification.domain;

/** A robot delivery goes to the robot of the department the recipient belonged to when queued. */
final class RobotRouting {

    private RobotRouting() {}

    static RobotConfig robotOf(RobotStore robots, DeliveryTask task) {
        if (task.departmentId() == null) {
            throw new IllegalStateException("recipient has no department");
        }
        return robots.find(task.departmentId()).orElseGet(() -> RobotConfig.none(task.departmentId()));
    }
}
