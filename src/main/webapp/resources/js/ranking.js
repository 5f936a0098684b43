/*
 * Ranked lists (applicants, wishes): after a row moves with its Up or Down button and the table is
 * drawn again, the keyboard focus goes to the same button of the row where it landed, or to the
 * other one when that one is disabled at the edge of the list.
 */
function passeursFocusRow(table, index, first, second) {
  var ids = [first, second];
  for (var i = 0; i < ids.length; i++) {
    var button = document.getElementById(table + ':' + index + ':' + ids[i]);
    if (button && !button.disabled && !button.classList.contains('ui-state-disabled')) {
      button.focus();
      return;
    }
  }
}
