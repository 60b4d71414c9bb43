package cn.ipoffice.programmes.offices;

import cn.ipoffice.programmes.register.AnnualAssessment;
import cn.ipoffice.programmes.register.AnnualReport;
import cn.ipoffice.programmes.register.Ban;
import cn.ipoffice.programmes.register.CallApplication;
import cn.ipoffice.programmes.register.DecidedFinding;
import cn.ipoffice.programmes.register.Designation;
import cn.ipoffice.programmes.register.Disqualification;
import cn.ipoffice.programmes.register.Holder;
import cn.ipoffice.programmes.register.ModelExamination;
import cn.ipoffice.programmes.register.Provinces;
import cn.ipoffice.programmes.register.YearlyCall;
import java.util.List;
import java.util.Map;

/**
 * What a holder's page shows, read once: the register's facts of the holder (none but its filings with SIPO while it is
 * an applicant the register does not know yet) and its cases in the engine.
 *
 * @param registered the register's entry, null for an applicant
 * @param calls      the calls that took the holder's filings, by id
 * @param openCalls  the open call each filing still waiting is in time for, by the filing's application case
 */
record HolderFile(String id, String name, Holder registered, List<Designation> titles, List<Ban> bans,
        List<AnnualAssessment> assessments, List<ModelExamination> examinations, List<AnnualReport> reports,
        List<Disqualification> disqualifications, List<DecidedFinding> findings, List<CallApplication> filings,
        Map<Long, YearlyCall> calls, Map<String, YearlyCall> openCalls, HolderCases.Snapshot cases) {

    String province() {
        return Provinces.nameOf(id);
    }

    /** "Wuxi (320200)". */
    String named() {
        return name + " (" + id + ")";
    }
}
