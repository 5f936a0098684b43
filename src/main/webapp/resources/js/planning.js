/*
 * The planning week on a narrow screen: seven columns of some forty pixels each, so each day is
 * named by its initial and its date ("L 28") instead of "lun. 28/12", which broke letter by
 * letter. Given to the schedule as its extender.
 */
window.passeursPlanning = function () {
  if (window.matchMedia && window.matchMedia('(max-width: 48rem)').matches) {
    this.cfg.options.dayHeaderFormat = { weekday: 'narrow', day: 'numeric' };
    this.cfg.options.slotLabelFormat = { hour: '2-digit', hour12: false };
  }
};
