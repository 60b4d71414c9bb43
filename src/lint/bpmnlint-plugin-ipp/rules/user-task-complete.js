// Every user task has a Camunda Form bound to its deployment, a candidate group and a due date from the calendar.
const { camunda, isAny } = require('./helpers');

module.exports = function() {
  function check(node, reporter) {
    if (!isAny(node, ['bpmn:UserTask'])) {
      return;
    }
    if (!camunda(node, 'formRef')) {
      reporter.report(node.id, 'User task without a Camunda Form (camunda:formRef)');
    } else if (camunda(node, 'formRefBinding') !== 'deployment') {
      reporter.report(node.id, 'Form binding must be "deployment" so running cases keep their forms');
    }
    if (!camunda(node, 'candidateGroups')) {
      reporter.report(node.id, 'User task without a candidate group');
    }
    const due = camunda(node, 'dueDate') || '';
    if (!due.startsWith('${')) {
      reporter.report(node.id, 'User task without a due date from the deadline calendar (camunda:dueDate="${...}")');
    }
  }
  return { check };
};
