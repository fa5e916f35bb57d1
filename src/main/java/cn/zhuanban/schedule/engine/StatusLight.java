package cn.zhuanban.schedule.engine;

/** 红黄绿灯: automatic status of a task, ordered from best to worst. */
public enum StatusLight {
    GREEN,
    YELLOW,
    RED
}
