<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ClinicBoard</name>
    <message>
        <location filename="../../display/clinic_board.py" line="150"/>
        <source>Please wait for your number to be called</source>
        <translation>请留意叫号，耐心等候</translation>
    </message>
    <message>
        <location filename="../../display/clinic_board.py" line="212"/>
        <location filename="../../display/clinic_board.py" line="215"/>
        <source>Now calling</source>
        <translation>正在叫号</translation>
    </message>
    <message>
        <location filename="../../display/clinic_board.py" line="213"/>
        <source>Waiting</source>
        <translation>候诊</translation>
    </message>
    <message>
        <location filename="../../display/clinic_board.py" line="214"/>
        <source>No one is waiting</source>
        <translation>暂无候诊</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../display/welcome_view.py" line="63"/>
        <source>%1 and party</source>
        <translation>%1一行</translation>
    </message>
    <message>
        <location filename="../../display/welcome_view.py" line="97"/>
        <source>A warm welcome to</source>
        <translation>热烈欢迎</translation>
    </message>
    <message>
        <location filename="../../display/welcome_view.py" line="98"/>
        <source>Thank you for honouring us with your visit</source>
        <translation>莅临指导</translation>
    </message>
    <message>
        <location filename="../../display/welcome_view.py" line="99"/>
        <source>Welcome</source>
        <translation>欢迎光临</translation>
    </message>
</context>
</TS>
