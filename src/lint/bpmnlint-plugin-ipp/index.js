// The model rules of the IP programmes workflow (CONVENTIONS.md), checked by bpmnlint.
module.exports = {
  configs: {
    recommended: {
      rules: {
        'readable-ids': 'error',
        'user-task-complete': 'error',
        'timer-from-calendar': 'error',
        'cites-rule': 'error'
      }
    }
  }
};
