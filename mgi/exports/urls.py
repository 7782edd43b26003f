from django.urls import path

from mgi.exports.views import data_page, datapackage_descriptor, table_download, workbook_download

app_name = "exports"

urlpatterns = [
    path("", data_page, name="data"),
    path("datapackage.json", datapackage_descriptor, name="datapackage"),
    path("mgi-open-data.xlsx", workbook_download, name="workbook"),
    path("<slug:name>.<slug:extension>", table_download, name="table"),
]
