// Every task and every timer cites in its documentation the rule id it implements (PM-8, CA-10, I-3).
const { documentation, isAny } = require('./helpers');

const RULE_ID = /\b(CA|PM|I)-\d+\b/;

function isTimer(node) {
  return (node.eventDefinitions || []).some(d => isAny(d, ['bpmn:TimerEventDefinition']));
}

module.exports = function() {
  function check(node, reporter) {
    const relevant = isAny(node, ['bpmn:Task', 'bpmn:CallActivity']) || (isAny(node, ['bpmn:CatchEvent']) && isTimer(node));
    if (relevant && !RULE_ID.test(documentation(node))) {
      reporter.report(node.id, 'Documentation does not cite a rule id (PM-8, CA-10, I-3)');
    }
  }
  return { check };
};
