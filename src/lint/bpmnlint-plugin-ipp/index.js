// The model rules of the IP programmes workflow (docs/modelers-guide.md "Revise a process"), checked by bpmnlint.
module.exports = {
  configs: {
    recommended: {
      rules: {
        'readable-ids': 'error',
        'user-task-complete': 'error',
        'timer-from-calendar': 'error',
        'cites-rule': 'error',
        'escalation-follows-up': 'error'
      }
    }
  }
};
