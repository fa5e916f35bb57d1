package cn.zhuanban.calendar;

import java.time.LocalDate;

/**
 * How many key projects' plans have work during a district stop, told to the administrator before a long stop or one
 * that has begun is added: the plans' module answers it (the calendar knows no plans). One count, not a question per
 * project.
 */
public interface PlansDuringStops {

    /**
     * The key projects whose plans have unfinished tasks between {@code from} and {@code to} (inclusive), as of
     * {@code today}.
     */
    int projectsWithTasksBetween(LocalDate from, LocalDate to, LocalDate today);
}
