package cn.zhuanban.project;

/** Which key list a project is on (项目级别 省/市/区). */
public enum ProjectLevel {
    PROVINCIAL,
    MUNICIPAL,
    DISTRICT
}
