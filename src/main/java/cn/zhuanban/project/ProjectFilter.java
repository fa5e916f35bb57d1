package cn.zhuanban.project;

/**
 * The filters of the project list and {@code GET /api/v1/projects}; every one is optional. {@code q}
 * matches the project's name or code, or its enterprise's name or credit code.
 */
public record ProjectFilter(
        String q,
        ProjectStage stage,
        ProjectLevel level,
        StatusLight light,
        Long enterpriseId,
        Long leadOfficialId,
        Long taskForceId) {

    public static final ProjectFilter NONE = new ProjectFilter(null, null, null, null, null, null, null);

    public static ProjectFilter ofEnterprise(long enterpriseId) {
        return new ProjectFilter(null, null, null, null, enterpriseId, null, null);
    }

    public static ProjectFilter ofTaskForce(long taskForceId) {
        return new ProjectFilter(null, null, null, null, null, null, taskForceId);
    }

    public static ProjectFilter ofLight(StatusLight light) {
        return new ProjectFilter(null, null, null, light, null, null, null);
    }
}
