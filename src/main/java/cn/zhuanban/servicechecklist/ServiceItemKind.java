package cn.zhuanban.servicechecklist;

/** 前期手续, 水电气暖通信 connections, or anything else the task force promised. */
public enum ServiceItemKind {
    APPROVAL,
    UTILITY,
    OTHER
}
