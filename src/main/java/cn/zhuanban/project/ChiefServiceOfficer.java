package cn.zhuanban.project;

/**
 * The chief service officer (首席服务员) of a project's task force: the enterprise's single contact, whom the
 * enterprise contact sees named, with the phone number when the account has one, on the project and the workbench.
 */
public record ChiefServiceOfficer(long id, String name, String phone) {}
