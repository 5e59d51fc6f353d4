// Filters run on the WebGL renderer only; the stage draws with the Canvas renderer. Cameras still
// hold two empty lists and ask them these few things.
class FilterList {
  constructor(owner) {
    this.owner = owner;
    this.list = [];
    this.length = 0;
  }
  getActive() {
    return this.list;
  }
  clear() {
    return this;
  }
  destroy() {
    this.owner = null;
  }
}
module.exports = FilterList;
