package cn.ipoffice.programmes.register;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface YearlyCallRepository extends JpaRepository<YearlyCall, Long> {

    Optional<YearlyCall> findByProgrammeAndYear(CallProgramme programme, int year);

    List<YearlyCall> findByProgrammeAndStateOrderByClosingDateAsc(CallProgramme programme, CallState state);

    List<YearlyCall> findAllByOrderByProgrammeAscYearAsc();
}
