// Names shared by the form entries: the form menu item's label (also named in the submit trigger's messages).
export const FORM_LABEL = 'Tạo / cập nhật biểu mẫu báo cáo';
