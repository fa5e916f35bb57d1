package cn.zhuanban.schedule;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.ProjectView;
import cn.zhuanban.schedule.domain.ProjectPlan;
import cn.zhuanban.schedule.domain.ProjectPlanRepository;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.mpxj.ProjectFile;
import org.mpxj.mspdi.MSPDIWriter;
import org.mpxj.primavera.PrimaveraXERFileWriter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Import and export of plans as MS Project XML and Primavera XER (MPXJ). A refused file changes nothing. */
@Service
@Transactional
public class PlanInterop {

    public enum Format {
        MSPDI,
        XER
    }

    private final PlanManagement plans;
    private final ProjectPlanRepository repository;
    private final ProjectManagement projects;
    private final Scheduling scheduling;

    PlanInterop(
            PlanManagement plans, ProjectPlanRepository repository, ProjectManagement projects, Scheduling scheduling) {
        this.plans = plans;
        this.repository = repository;
        this.projects = projects;
        this.scheduling = scheduling;
    }

    public PlanSheet importFile(long projectId, CurrentUser user, byte[] bytes) {
        PlanSheet current = plans.sheet(projectId, user);
        PlanFileReader.Content content = PlanFileReader.read(bytes);
        LocalDate start = content.start() != null ? content.start() : current.start();
        return plans.replace(
                projectId,
                user,
                null,
                new PlanManagement.PlanContent(start, current.targetFinish(), content.rows(), content.links()),
                "plan.imported");
    }

    @Transactional(readOnly = true)
    public byte[] export(long projectId, CurrentUser user, Format format) {
        ProjectView project = projects.find(projectId, user);
        ProjectPlan plan = repository
                .findByProjectId(projectId)
                .orElseGet(() -> ProjectPlan.start(
                        projectId,
                        project.start() != null ? project.start() : LocalDate.now(),
                        project.targetFinish()));
        PlanSheet sheet = plans.sheet(projectId, user);
        ProjectFile file = PlanFileWriter.toProject(plan, sheet, scheduling.construction(plan.isSevenDayWeek()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (format == Format.XER) {
                new PrimaveraXERFileWriter().write(file, out);
            } else {
                new MSPDIWriter().write(file, out);
            }
        } catch (IOException e) {
            throw new BusinessException(ErrorCode.PLAN_FILE, "format", e.getMessage());
        }
        return out.toByteArray();
    }
}
