// The escalation of a missed deadline (form overdue-escalation) records its action in the register (the complete
// listener ${recordEscalationAction}), then waits on a timer for the follow-up day the office entered
// (${deadlines.startOfDay(escalationBackOn)}) and comes again; only meeting the obligation ends it.
const { camunda, isAny } = require('./helpers');

const FOLLOW_UP = /^\$\{\s*deadlines\.startOfDay\(\s*escalationBackOn\s*\)\s*\}$/;

function recordsTheAction(task) {
  const extensions = (task.extensionElements && task.extensionElements.values) || [];
  return extensions.some(e => /^camunda:taskListener$/i.test(e.$type) && e.event === 'complete'
      && e.delegateExpression === '${recordEscalationAction}');
}

function isFollowUpTimer(node) {
  return isAny(node, ['bpmn:IntermediateCatchEvent']) && (node.eventDefinitions || []).some(d =>
    isAny(d, ['bpmn:TimerEventDefinition']) && FOLLOW_UP.test(((d.timeDate && d.timeDate.body) || '').trim()));
}

/** Whether the flows from `node` reach `task` again, through gateways only. */
function leadsBackTo(node, task, seen = new Set()) {
  for (const flow of node.outgoing || []) {
    const next = flow.targetRef;
    if (next === task) {
      return true;
    }
    if (isAny(next, ['bpmn:Gateway']) && !seen.has(next.id)) {
      seen.add(next.id);
      if (leadsBackTo(next, task, seen)) {
        return true;
      }
    }
  }
  return false;
}

module.exports = function() {
  function check(node, reporter) {
    if (!isAny(node, ['bpmn:UserTask']) || camunda(node, 'formRef') !== 'overdue-escalation') {
      return;
    }
    if (!recordsTheAction(node)) {
      reporter.report(node.id, 'Escalation task without the complete listener ${recordEscalationAction}');
    }
    const outgoing = node.outgoing || [];
    const timer = outgoing.length === 1 ? outgoing[0].targetRef : null;
    if (!timer || !isFollowUpTimer(timer)) {
      reporter.report(node.id, 'Escalation task must lead to a timer at ${deadlines.startOfDay(escalationBackOn)}');
    } else if (!leadsBackTo(timer, node)) {
      reporter.report(timer.id, 'The follow-up timer must lead back to its escalation task');
    }
  }
  return { check };
};
