// The tracker's own browser code: toasts that are always seen, htmx errors shown in Vietnamese,
// links that keep the board's filters, and busy buttons. No inline scripts anywhere: the
// Content-Security-Policy allows scripts from this site only.
(function () {
  "use strict";

  var TOAST_SECONDS = 8;

  function toastArea() {
    return document.getElementById("messages");
  }

  // Show one message in the fixed toast area (success, error, warning, info).
  function toast(message, category) {
    var area = toastArea();
    if (!area || !message) { return; }
    var box = document.createElement("div");
    box.className = "flash flash-" + (category || "info");
    box.setAttribute("role", category === "error" ? "alert" : "status");
    box.textContent = message;
    area.appendChild(box);
    arm(box);
  }

  // A close button on every toast, and success/info toasts leave by themselves.
  function arm(box) {
    if (box.dataset.armed) { return; }
    box.dataset.armed = "1";
    var close = document.createElement("button");
    close.type = "button";
    close.className = "toast-close";
    close.setAttribute("aria-label", "Đóng thông báo");
    close.textContent = "×";
    close.addEventListener("click", function () { box.remove(); });
    box.appendChild(close);
    if (/flash-(success|info)/.test(box.className)) {
      window.setTimeout(function () { box.remove(); }, TOAST_SECONDS * 1000);
    }
  }

  function armAll() {
    var area = toastArea();
    if (!area) { return; }
    Array.prototype.forEach.call(area.querySelectorAll(".flash"), arm);
  }

  // The message inside an error answer: our error fragment or page, else a generic sentence.
  function messageOf(xhr) {
    var text = (xhr && xhr.responseText) || "";
    var holder = document.createElement("div");
    holder.innerHTML = text;
    var flash = holder.querySelector(".flash, .error-message, h1");
    var found = flash ? flash.textContent.trim() : "";
    if (found) { return found; }
    if (xhr && xhr.status === 403) { return "Bạn không có quyền thực hiện thao tác này."; }
    if (xhr && xhr.status === 404) { return "Không tìm thấy nội dung này (có thể đã bị xóa hoặc bạn không có quyền xem)."; }
    return "Máy chủ gặp lỗi khi xử lý yêu cầu (mã " + (xhr ? xhr.status : "?") + "). Dữ liệu chưa bị thay đổi; vui lòng thử lại.";
  }

  document.addEventListener("DOMContentLoaded", armAll);
  document.addEventListener("htmx:afterSettle", armAll);
  document.addEventListener("htmx:oobAfterSwap", armAll);

  document.addEventListener("htmx:responseError", function (event) {
    var xhr = event.detail.xhr;
    if (xhr.status === 401) {
      window.location.href = "/login?next=" + encodeURIComponent(window.location.pathname + window.location.search);
      return;
    }
    toast(messageOf(xhr), "error");
  });

  document.addEventListener("htmx:sendError", function () {
    toast("Không kết nối được với máy chủ. Kiểm tra mạng rồi thử lại; chưa có gì được lưu.", "error");
  });

  document.addEventListener("htmx:timeout", function () {
    toast("Máy chủ trả lời quá lâu. Vui lòng thử lại sau ít phút.", "error");
  });

  // Files: each checked against the per-file limit before anything is sent (what was typed stays
  // in the form), and a large upload shows its progress.
  function tooLarge(form) {
    var problems = [];
    Array.prototype.forEach.call(form.querySelectorAll("input[type=file][data-max-bytes]"), function (input) {
      var limit = +input.dataset.maxBytes;
      Array.prototype.forEach.call(input.files || [], function (file) {
        if (file.size > limit) {
          problems.push("Tệp “" + file.name + "” (" + (file.size / 1048576).toFixed(1).replace(".", ",") +
                        " MB) vượt quá giới hạn " + input.dataset.maxLabel + " mỗi tệp; chưa có gì được gửi.");
        }
      });
    });
    return problems;
  }

  function uploadWithProgress(form) {
    var bar = form.querySelector(".upload-progress");
    var xhr = new XMLHttpRequest();
    xhr.open("POST", form.action);
    xhr.upload.addEventListener("progress", function (event) {
      if (bar && event.lengthComputable) { bar.hidden = false; bar.value = Math.round(event.loaded * 100 / event.total); }
    });
    xhr.addEventListener("load", function () {
      document.open();
      document.write(xhr.responseText);
      document.close();
      if (xhr.responseURL) { window.history.replaceState(null, "", xhr.responseURL); }
    });
    xhr.addEventListener("error", function () {
      if (bar) { bar.hidden = true; }
      toast("Mất kết nối khi tải tệp lên; chưa có gì được lưu. Vui lòng thử lại.", "error");
    });
    xhr.send(new FormData(form));
  }

  // A plain form asks first when it must (data-confirm), shows it is working, and cannot be sent
  // twice by an impatient click.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var problems = tooLarge(form);
    if (problems.length) {
      event.preventDefault();
      problems.forEach(function (problem) { toast(problem, "error"); });
      return;
    }
    var big = Array.prototype.some.call(form.querySelectorAll("input[type=file]"), function (input) {
      return Array.prototype.some.call(input.files || [], function (file) { return file.size > 1048576; });
    });
    if (big && window.FormData) {
      event.preventDefault();
      uploadWithProgress(form);
    }
    if (form.dataset.confirm && !form.hasAttribute("hx-post") && !window.confirm(form.dataset.confirm)) {
      event.preventDefault();
      return;
    }
    if (form.hasAttribute("hx-post") || form.hasAttribute("hx-get") || form.method.toLowerCase() === "get") { return; }
    var button = form.querySelector("button[type=submit], button:not([type])");
    if (button) {
      window.setTimeout(function () { button.disabled = true; button.classList.add("busy"); }, 0);
    }
  });

  // "Chọn tất cả": a checkbox with data-select-all="name" ticks every box of that name.
  document.addEventListener("change", function (event) {
    var all = event.target;
    if (!all.dataset || !all.dataset.selectAll) { return; }
    var boxes = document.querySelectorAll("input[type=checkbox][name=" + all.dataset.selectAll + "]");
    Array.prototype.forEach.call(boxes, function (box) { box.checked = all.checked; });
  });

  // The unit board on a phone: one column at a time, chosen with the segmented control.
  document.addEventListener("click", function (event) {
    var segment = event.target.closest && event.target.closest("[data-segment]");
    if (!segment) { return; }
    var group = segment.closest(".segments");
    var view = group && group.nextElementSibling;
    if (!view || !view.classList.contains("board-view")) { return; }
    view.setAttribute("data-show", segment.dataset.segment);
    Array.prototype.forEach.call(group.querySelectorAll("[data-segment]"), function (button) {
      button.setAttribute("aria-pressed", button === segment ? "true" : "false");
    });
  });

  // Dates stay text in dd/mm/yyyy (the browser's own date field shows the locale's format);
  // a button beside each opens the browser's calendar and writes the chosen day back as dd/mm/yyyy.
  function pad(number) { return (number < 10 ? "0" : "") + number; }
  function addPickers(root) {
    var fields = (root || document).querySelectorAll("input[inputmode=numeric][placeholder*='/']");
    Array.prototype.forEach.call(fields, function (field) {
      if (field.dataset.picker) { return; }
      field.dataset.picker = "1";
      var hidden = document.createElement("input");
      hidden.type = "date";
      hidden.tabIndex = -1;
      hidden.className = "date-shadow";
      hidden.setAttribute("aria-hidden", "true");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "date-button";
      button.textContent = "Lịch";
      button.setAttribute("aria-label", "Chọn ngày trên lịch");
      button.addEventListener("click", function () {
        var parts = field.value.split("/");
        if (parts.length === 3) { hidden.value = parts[2] + "-" + pad(+parts[1]) + "-" + pad(+parts[0]); }
        if (hidden.showPicker) { hidden.showPicker(); } else { hidden.focus(); hidden.click(); }
      });
      hidden.addEventListener("change", function () {
        if (!hidden.value) { return; }
        var iso = hidden.value.split("-");
        field.value = iso[2] + "/" + iso[1] + "/" + iso[0];
        field.dispatchEvent(new Event("change", { bubbles: true }));
      });
      var wrap = document.createElement("span");
      wrap.className = "date-field";
      field.parentNode.insertBefore(wrap, field);
      wrap.appendChild(field);
      wrap.appendChild(button);
      wrap.appendChild(hidden);
    });
  }
  document.addEventListener("DOMContentLoaded", function () { addPickers(document); });
  document.addEventListener("htmx:afterSettle", function (event) { addPickers(event.target); });

  // The import review: tick or untick units per finding or per unit, create every unknown name,
  // and a live count of the items confirming will create.
  function reviewCount(form) {
    var output = document.getElementById("pair-count");
    if (!output) { return; }
    var mapped = {};
    Array.prototype.forEach.call(form.querySelectorAll("input[name=unresolved]"), function (input, number) {
      var select = form.querySelector("select[name='map-" + number + "']");
      if (select && select.value) { mapped[input.value] = select.value; }
    });
    var inspected = Array.prototype.map.call(form.querySelectorAll("input[name=inspected_name]"), function (i) { return i.value; });
    var total = 0;
    Array.prototype.forEach.call(form.querySelectorAll(".review-finding"), function (card) {
      var include = card.querySelector("input[name$='include']");
      if (include && !include.checked) { return; }
      var units = {};
      Array.prototype.forEach.call(card.querySelectorAll("input[name$='units']:checked"), function (box) { units[box.value] = 1; });
      var names = Array.prototype.map.call(card.querySelectorAll("input[name$='unresolved']"), function (i) { return i.value; });
      if (card.querySelector("input[name$='all_inspected']")) { names = names.concat(inspected); }
      names.forEach(function (name) { if (mapped[name]) { units["m:" + (mapped[name] === "new" ? name : mapped[name])] = 1; } });
      total += Object.keys(units).length;
    });
    output.textContent = total;
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-check], [data-toggle-unit], [data-set-all]");
    if (!button) { return; }
    var form = button.closest("form") || document;
    var on = button.dataset.on === "1";
    if (button.dataset.check) {
      Array.prototype.forEach.call(form.querySelectorAll("input[name='" + button.dataset.check + "']"), function (box) { box.checked = on; });
    } else if (button.dataset.toggleUnit) {
      Array.prototype.forEach.call(form.querySelectorAll("input[name$='units'][value='" + button.dataset.toggleUnit + "']"), function (box) { box.checked = on; });
    } else {
      Array.prototype.forEach.call(form.querySelectorAll("select[name^='" + button.dataset.setAll + "']"), function (select) {
        if (!select.value) { select.value = button.dataset.value; }
      });
    }
    reviewCount(form);
  });
  document.addEventListener("change", function (event) {
    var form = event.target.closest && event.target.closest("form.review");
    if (form) { reviewCount(form); }
  });
  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector("form.review");
    if (form) { reviewCount(form); }
  });

  // Download links that follow the filters currently in the address bar (htmx pushes them there).
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[data-keep-query]");
    if (link) { link.href = link.href.split("?")[0] + window.location.search; }
  });

  window.trackerToast = toast;
})();
