package cn.zhuanban.investmentreport.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface MonthlyReportRepository extends ListCrudRepository<MonthlyReport, Long> {

    Optional<MonthlyReport> findByProjectIdAndReportYearAndReportMonth(long projectId, int reportYear, int reportMonth);

    List<MonthlyReport> findByProjectIdOrderByReportYearAscReportMonthAsc(long projectId);
}
