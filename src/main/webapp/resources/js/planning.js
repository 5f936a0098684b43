/*
 * The planning week starts on Monday in every language (the page reads Monday to Sunday; in
 * English the calendar would start on Sunday). On a narrow screen, seven columns of some forty
 * pixels each: each day is named by its initial and its date ("L 28") instead of "lun. 28/12",
 * which broke letter by letter. Given to the schedule as its extender.
 */
window.passeursPlanning = function () {
  this.cfg.options.firstDay = 1;
  if (window.matchMedia && window.matchMedia('(max-width: 48rem)').matches) {
    this.cfg.options.dayHeaderFormat = { weekday: 'narrow', day: 'numeric' };
    this.cfg.options.slotLabelFormat = { hour: '2-digit', hour12: false };
  }
};
