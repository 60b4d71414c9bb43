// Elements that code names carry readable ids (Task_RecordWorkPlan), never Modeler-generated ones (Activity_0x7fa1z).
const { isAny } = require('./helpers');

const GENERATED = /^(Activity|Event|Gateway|Task|UserTask|ServiceTask|StartEvent|EndEvent|SubProcess|CallActivity|Flow|Timer)_[0-9a-z]{7}$/;

module.exports = function() {
  function check(node, reporter) {
    if (isAny(node, ['bpmn:FlowNode', 'bpmn:SequenceFlow']) && GENERATED.test(node.id || '')) {
      reporter.report(node.id, 'Generated id: give the element a readable id such as Task_RecordWorkPlan');
    }
  }
  return { check };
};
