// Every timer takes its instant from the deadline calendar: a timeDate expression, never a duration or a cycle,
// which would count from the timer's creation or in the server's zone.
const { isAny } = require('./helpers');

module.exports = function() {
  function check(node, reporter) {
    if (!isAny(node, ['bpmn:CatchEvent'])) {
      return;
    }
    for (const definition of node.eventDefinitions || []) {
      if (!isAny(definition, ['bpmn:TimerEventDefinition'])) {
        continue;
      }
      const date = definition.timeDate && definition.timeDate.body || '';
      if (definition.timeDuration || definition.timeCycle) {
        reporter.report(node.id, 'Timer with a duration or cycle: take the instant from the deadline calendar (timeDate="${deadlines...}")');
      } else if (!/^\$\{.*(deadlines\.|obligationDeadline).*\}$/.test(date.trim())) {
        reporter.report(node.id, 'Timer date not from the deadline calendar: use ${deadlines...} or ${obligationDeadline}');
      }
    }
  }
  return { check };
};
